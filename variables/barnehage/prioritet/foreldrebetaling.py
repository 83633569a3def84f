"""Foreldrebetaling for the place the priority admission is for: the most the family can be charged a month.

"Foreldrebetaling for en plass i barnehage skal ikke settes høyere enn en
maksimalgrense", set in Stortinget's yearly budget, for a full-time place of 41
hours a week or more; kost comes in addition (forskrift om foreldrebetaling § 1).
A household may also pay no more than 6 % of its total yearly income for a place
(the national reduction since 2015; the kommune's decision on application), and
the yearly maximum is paid over eleven months. So the most is the lower of the
maximum price and 6 % of the yearly income / 11. In tiltakssonen (all of Finnmark
and seven kommuner in Nord-Troms) barnehage is free from 1 August 2023: the most is
0 there. The scheme was said to run three years, until 31 July 2026; whether it goes
on was not found, so from 1 August 2026 the most there is the national maximum and
the reason says the scheme is not confirmed (review s24 law M3). The kommune may
charge less, the most spread-out kommuner have a lower
maximum from August 2024, and siblings and gratis kjernetid lower the price: none of
these is known to the model, so the lower end is 0.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import (
    FREE_BARNEHAGE_FOR_THREE_YEARS, FREE_BARNEHAGE_IN_TILTAKSSONEN, foreldrebetalingsforskriften,
)
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import is_given
from openfisca_asb.rules.variable_bases import BenefitReason, MonthlyAmount


class BarnehageFeeReason(Enum):
    none = "Ingen særskilt regel (no binding rule)"
    maximum_price = "Maksimalprisen gjelder (the maximum price applies)"
    reduced_by_income = "Redusert foreldrebetaling: høyst 6 % av inntekten (reduced fee: at most 6 % of income)"
    free_in_tiltakssonen = "Gratis barnehage i tiltakssonen (free barnehage in the action zone)"
    free_in_tiltakssonen_not_confirmed = "Gratis i tiltakssonen til og med 31.7.2026, ikke bekreftet etter (free in the action zone until 31 July 2026, not confirmed after)"


# The last day free barnehage in tiltakssonen is known to hold: «Fra 1. august 2023 og i tre år fra denne dato»
# (Karasjok kommune; parameters/barnehage/foreldrebetaling/free_in_tiltakssonen.yaml).
TILTAKSSONEN_SCHEME_KNOWN_UNTIL = "2026-07-31"


def income_cap(income, fees):
    """The monthly fee that makes the yearly payment (eleven months) the income share limit (percent) of `income`."""
    return whole_kroner(fees.income_share_limit / 100 * income / fees.payments_per_year)


def kommune_free_on(familie, period, parameters, day):
    """Per family: whether its kommunenummer in `period` is one where barnehage is free on `day` (a period or a date;
    the list is empty before 1 August 2023); false when the kommune is not given. The one reading of the list both
    tiltakssonen variables use."""
    kommune = familie("kommunenummer", period).astype(str)  # OpenFisca stores str facts as bytes
    free = parameters(day).barnehage.foreldrebetaling.free_in_tiltakssonen
    return numpy.isin(kommune, numpy.array(free, dtype=str))


class barnehage_free_in_tiltakssonen(Variable):
    value_type = bool
    entity = Familie
    definition_period = MONTH
    label = "Barnehage: familien bor i en kommune i tiltakssonen der barnehagen er gratis (free barnehage where the family lives)"
    reference = [FREE_BARNEHAGE_IN_TILTAKSSONEN, FREE_BARNEHAGE_FOR_THREE_YEARS]

    def formula(familie, period, parameters):
        """Whether the family's kommunenummer is one of those where barnehage is free on the month (none before
        1 August 2023); false when the kommune is not given.
        """
        return kommune_free_on(familie, period, parameters, period)


class barnehage_tiltakssonen_scheme_not_confirmed(Variable):
    value_type = bool
    entity = Familie
    definition_period = MONTH
    label = "Barnehage: familien bor i en kommune der barnehagen var gratis til og med 31. juli 2026, og det er ikke bekreftet at ordningen er videreført (free until 31 July 2026, not confirmed after)"
    reference = [FREE_BARNEHAGE_FOR_THREE_YEARS, FREE_BARNEHAGE_IN_TILTAKSSONEN]

    def formula(familie, period):
        """False before 1 August 2026: the scheme is known to hold."""
        return familie.filled_array(False)

    def formula_2026_08(familie, period, parameters):
        """From 1 August 2026: the family's kommune was one where barnehage was free on 31 July 2026, the last day
        the scheme is known to hold, and is not one where it is known to be free now; false when the kommune is not
        given."""
        was_free = kommune_free_on(familie, period, parameters, TILTAKSSONEN_SCHEME_KNOWN_UNTIL)
        return was_free * numpy.logical_not(familie("barnehage_free_in_tiltakssonen", period))


class barnehage_fee_max(MonthlyAmount):
    entity = Person
    label = (
        "Foreldrebetaling i barnehage, høyeste per måned for en heltidsplass: maksimalprisen, eller 6 % av "
        "husholdningens årsinntekt / 11 når det er lavere (the most the family can be charged a month)"
    )
    reference = [foreldrebetalingsforskriften("1"), foreldrebetalingsforskriften("3"), FREE_BARNEHAGE_IN_TILTAKSSONEN]

    def formula(person, period, parameters):
        """0 in tiltakssonen, where barnehage is free; elsewhere the maximum price for a full-time place, and when
        the household's yearly income is given, the lower of that and the income share limit (6 %) of the income
        over eleven monthly payments, in whole kroner.
        """
        fees = parameters(period).barnehage.foreldrebetaling
        income = person.familie("household_income", period)
        capped = numpy.minimum(fees.maximum_price, income_cap(numpy.maximum(income, 0), fees))
        fee = numpy.where(is_given(income), capped, fees.maximum_price)
        return numpy.where(person.familie("barnehage_free_in_tiltakssonen", period), 0, fee)


class barnehage_prioritet_reason(BenefitReason, values=BarnehageFeeReason):
    entity = Person
    label = "Prioritet i barnehage: hva som avgjør den høyeste foreldrebetalingen (what bounds the highest fee)"
    reference = [foreldrebetalingsforskriften("1"), foreldrebetalingsforskriften("3"), FREE_BARNEHAGE_IN_TILTAKSSONEN]

    def formula(person, period, parameters):
        """While the admission is open (to be assessed or missing information): free barnehage in tiltakssonen; in a
        kommune where it was free until 31 July 2026 and is not confirmed after, that; elsewhere the reduced fee when
        the household's income gives less than the maximum price, the maximum price otherwise (also when the income is
        not given). None once the answer is settled otherwise.
        """
        fees = parameters(period).barnehage.foreldrebetaling
        income = person.familie("household_income", period)
        status = person("barnehage_prioritet_status", period)
        is_open = (status == Status.to_be_assessed) + (status == Status.missing_information)
        free = person.familie("barnehage_free_in_tiltakssonen", period)
        not_confirmed = person.familie("barnehage_tiltakssonen_scheme_not_confirmed", period)
        reduced = is_given(income) * (income_cap(numpy.maximum(income, 0), fees) < fees.maximum_price)
        return numpy.select(
            [is_open * free, is_open * not_confirmed, is_open * reduced, is_open],
            [BarnehageFeeReason.free_in_tiltakssonen.index, BarnehageFeeReason.free_in_tiltakssonen_not_confirmed.index,
             BarnehageFeeReason.reduced_by_income.index, BarnehageFeeReason.maximum_price.index],
            BarnehageFeeReason.none.index,
        )
